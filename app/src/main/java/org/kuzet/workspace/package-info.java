/**
 * The personal home page (panels each user arranges), and later notifications and global search.
 * Other modules add home panels as {@link org.kuzet.workspace.HomePanel} beans.
 */
@NullMarked
package org.kuzet.workspace;

import org.jspecify.annotations.NullMarked;
