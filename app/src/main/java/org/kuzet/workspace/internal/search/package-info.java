/**
 * The one search box and the person page: asks every module's {@link
 * org.kuzet.workspace.SearchProvider}, groups what comes back and audits each search and view.
 */
@NullMarked
package org.kuzet.workspace.internal.search;

import org.jspecify.annotations.NullMarked;
