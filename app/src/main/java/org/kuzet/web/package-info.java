/**
 * The shared page layout, navigation, languages and error pages. Kept small: modules contribute
 * their navigation entries as {@link org.kuzet.web.NavigationItem} beans.
 */
@NullMarked
package org.kuzet.web;

import org.jspecify.annotations.NullMarked;
