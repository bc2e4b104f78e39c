/** Seizures: recording, attachments, chain of custody and the seizure map on the home page. */
@NullMarked
package org.kuzet.interdiction.internal.seizure;

import org.jspecify.annotations.NullMarked;
