/** Imports, detection, alert triage, case files, link charts and reports of the workbench. */
@NullMarked
package org.kuzet.finintel.internal;

import org.jspecify.annotations.NullMarked;
