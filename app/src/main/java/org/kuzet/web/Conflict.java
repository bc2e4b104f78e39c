package org.kuzet.web;

/**
 * A change the record's current state no longer allows (an alert dismissed by a colleague since the
 * page was shown): 409, with the message naming the record and its state.
 */
public class Conflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public Conflict(String message) {
    super(message);
  }
}
