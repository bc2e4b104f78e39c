package org.kuzet.interdiction.mrz;

/** The two ICAO 9303 layouts officers meet at the posts. */
public enum MrzFormat {
  /** Identity cards: three lines of 30 characters (ICAO 9303 part 5). */
  TD1(3, 30),
  /** Passports: two lines of 44 characters (ICAO 9303 part 4). */
  TD3(2, 44);

  private final int lines;
  private final int length;

  MrzFormat(int lines, int length) {
    this.lines = lines;
    this.length = length;
  }

  public int lines() {
    return lines;
  }

  public int length() {
    return length;
  }
}
