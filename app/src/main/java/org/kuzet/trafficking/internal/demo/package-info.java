/**
 * Demo installations: illustrative records loaded when {@code kuzet.demo.enabled}; nothing else
 * depends on them.
 */
@NullMarked
package org.kuzet.trafficking.internal.demo;

import org.jspecify.annotations.NullMarked;
