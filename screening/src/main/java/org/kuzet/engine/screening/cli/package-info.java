/** The picocli command line: screen and screen-bench. */
package org.kuzet.engine.screening.cli;
