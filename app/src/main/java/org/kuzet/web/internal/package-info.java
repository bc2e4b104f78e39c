/** Layout model, locale handling, request logging context and error pages. */
@NullMarked
package org.kuzet.web.internal;

import org.jspecify.annotations.NullMarked;
