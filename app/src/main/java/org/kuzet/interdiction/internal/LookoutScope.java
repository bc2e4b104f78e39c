package org.kuzet.interdiction.internal;

/** Which posts a lookout goes to. */
public enum LookoutScope {
  ALL, REGION, POSTS
}
