package org.kuzet.interdiction.internal.lookout;

/** Which posts a lookout goes to. */
public enum LookoutScope {
  ALL,
  REGION,
  POSTS
}
