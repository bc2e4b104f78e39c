/** Kuzet: the Spring Boot application that assembles the modules under this package. */
@NullMarked
package org.kuzet;

import org.jspecify.annotations.NullMarked;
