/**
 * Demo installations: the demo posts, people and synthetic traffic, loaded when {@code
 * kuzet.demo.enabled}.
 */
@NullMarked
package org.kuzet.interdiction.internal.demo;

import org.jspecify.annotations.NullMarked;
