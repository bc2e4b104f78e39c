/**
 * goAML XML reports (the UNODC format financial intelligence units exchange): model, reader,
 * writer.
 */
@NullMarked
package org.kuzet.engine.finintel.goaml;

import org.jspecify.annotations.NullMarked;
