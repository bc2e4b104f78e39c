/** The finintel detectors as an Apache Flink job, for volumes past one machine. */
package org.kuzet.engine.finintel.flink;
