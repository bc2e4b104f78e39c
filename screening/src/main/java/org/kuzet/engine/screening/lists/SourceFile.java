package org.kuzet.engine.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.WatchlistFormatException;

/** A list file read whole into memory, refused beyond a size limit. */
final class SourceFile {

  /** The largest list file accepted (the full UN and OFAC files are 2-4 MB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private SourceFile() {}

  static byte[] read(Path path) throws WatchlistFormatException {
    String name = path.getFileName().toString();
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new WatchlistFormatException(
            name, "", ListFileProblem.TOO_LARGE, String.valueOf(size), String.valueOf(MAX_BYTES));
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new WatchlistFormatException(
              name, "", ListFileProblem.GREW_PAST_LIMIT, String.valueOf(MAX_BYTES));
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new WatchlistFormatException(
          name, "", ListFileProblem.CANNOT_READ, e, String.valueOf(e.getMessage()));
    }
  }

  static String sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        digest.update(p);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
