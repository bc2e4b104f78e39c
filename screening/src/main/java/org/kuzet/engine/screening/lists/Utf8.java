package org.kuzet.engine.screening.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.WatchlistFormatException;

/** Strict UTF-8 decoding of a list file: bad bytes refuse the file; a leading BOM is dropped. */
final class Utf8 {

  private Utf8() {}

  static String decode(byte[] bytes, String file) throws WatchlistFormatException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new WatchlistFormatException(file, "", ListFileProblem.NOT_UTF8);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
