/** The picocli command line: screen and screen-bench. */
@NullMarked
package org.kuzet.engine.screening.cli;

import org.jspecify.annotations.NullMarked;
