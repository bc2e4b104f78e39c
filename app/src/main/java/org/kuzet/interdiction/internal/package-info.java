/** Posts, inspections, screening at logging time, lookouts, live alerts, seizures and custody. */
@NullMarked
package org.kuzet.interdiction.internal;

import org.jspecify.annotations.NullMarked;
