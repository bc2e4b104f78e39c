package org.kuzet.engine.finintel.goaml;

/** A goAML element the report must have is missing or empty; {@link #element()} names it. */
public class MissingElementException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String element;

  MissingElementException(String element) {
    super("<" + element + "> is missing or empty");
    this.element = element;
  }

  /** The element's name, without brackets. */
  public String element() {
    return element;
  }
}
