/** Financial intelligence: the investigators' workbench of imports, alerts, cases and reports. */
@NullMarked
package org.kuzet.finintel;

import org.jspecify.annotations.NullMarked;
