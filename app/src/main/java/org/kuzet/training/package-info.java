/**
 * Training academies: centers, courses and curricula, sessions, enrolment, attendance and
 * certificates. Other modules see only {@link org.kuzet.training.TrainingCompleted}.
 */
@NullMarked
package org.kuzet.training;

import org.jspecify.annotations.NullMarked;
