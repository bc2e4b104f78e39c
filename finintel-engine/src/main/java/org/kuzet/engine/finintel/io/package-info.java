/** Readers and writers of transaction formats: IBM AML CSV, AMLSim CSV, mapped CSV, goAML XML. */
@NullMarked
package org.kuzet.engine.finintel.io;

import org.jspecify.annotations.NullMarked;
