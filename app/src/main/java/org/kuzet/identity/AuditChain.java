package org.kuzet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How audit entries are sealed and how the chain is checked, without the database: {@link AuditLog}
 * feeds it the stored rows one by one.
 *
 * <p>An entry's seal covers the previous entry's seal and the entry's own fields exactly as they
 * are stored. Current entries are sealed with HMAC-SHA256 under a key from configuration (scheme
 * {@code hmac:<key id>}); entries written before that carry a plain SHA-256 (scheme {@code sha256})
 * and stay checkable. Because the first keyed entry's seal covers the last unkeyed one, the older
 * part of the chain cannot be rewritten without the key either.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);
  static final String LEGACY = "sha256";
  private static final String KEYED = "hmac:";

  // Column widths of idn_audit: what is stored is what is sealed.
  static final int ACTOR = 100;
  static final int AGENCY = 40;
  static final int ACTION = 60;
  static final int TARGET_TYPE = 60;
  static final int TARGET_ID = 100;
  static final int DETAIL = 2000;

  private AuditChain() {}

  static String keyedScheme(String keyId) {
    return KEYED + keyId;
  }

  /** The seal of an entry under its scheme; the key must be in the ring for a keyed scheme. */
  static String seal(AuditKeys keys, AuditEntry e) {
    String text = text(e);
    if (LEGACY.equals(e.scheme())) {
      return sha256(text);
    }
    if (!e.scheme().startsWith(KEYED)) {
      throw new IllegalArgumentException("unknown audit scheme '" + e.scheme() + "'");
    }
    // The scheme is sealed too, so an entry cannot be passed off as sealed with another key.
    return keys.mac(e.scheme().substring(KEYED.length()), e.scheme() + "\u001f" + text);
  }

  /** Fields joined with a unit separator, which none of them can contain un-noticed. */
  private static String text(AuditEntry e) {
    return String.join(
        "\u001f",
        e.prevHash(),
        Long.toString(e.seq()),
        e.at().toString(),
        e.actor(),
        String.valueOf(e.agency()),
        e.action(),
        String.valueOf(e.targetType()),
        String.valueOf(e.targetId()),
        String.valueOf(e.detail()));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Text as a column of {@code max} characters stores it: clipped without splitting a surrogate
   * pair, and without NUL (PostgreSQL cannot store it), so the seal covers exactly what is read
   * back.
   */
  static String stored(String s, int max) {
    String clean = s.indexOf('\u0000') < 0 ? s : s.replace('\u0000', '\uFFFD');
    if (clean.length() <= max) {
      return clean;
    }
    int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
    return clean.substring(0, end);
  }

  static @Nullable String storedOrNull(@Nullable String s, int max) {
    return s == null ? null : stored(s, max);
  }

  /**
   * A head of the chain written outside the database at {@code at}: entry {@code seq} had {@code
   * hash}.
   */
  record Anchor(Instant at, long seq, String hash) {}

  /** Walks the chain entry by entry in order of {@code seq} and collects every bad entry. */
  static final class Walk {

    private final AuditKeys keys;
    private final Map<Long, List<Anchor>> anchors = new HashMap<>();
    private final int anchorCount;
    private final List<AuditVerification.Problem> problems = new ArrayList<>();
    private String expectedPrev = GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private int unverifiable;
    private int anchorsMatched;
    private boolean keyedSeen;

    Walk(AuditKeys keys, List<Anchor> anchors) {
      this.keys = keys;
      anchors.forEach(a -> this.anchors.computeIfAbsent(a.seq(), s -> new ArrayList<>()).add(a));
      this.anchorCount = anchors.size();
    }

    void accept(AuditEntry e) {
      if (e.seq() != expectedSeq) {
        problem(
            expectedSeq,
            e.seq() == expectedSeq + 1
                ? "entry " + expectedSeq + " is missing"
                : "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing");
      }
      if (!e.prevHash().equals(expectedPrev)) {
        problem(e.seq(), "entry " + e.seq() + " does not link to the entry before it");
      }
      checkSeal(e);
      for (Anchor a : anchors.getOrDefault(e.seq(), List.of())) {
        if (a.hash().equals(e.hash())) {
          anchorsMatched++;
        } else {
          problem(
              e.seq(),
              "entry "
                  + e.seq()
                  + " does not match the anchor written outside the database at "
                  + a.at());
        }
      }
      anchors.remove(e.seq());
      // Go on from what is stored, so one bad entry is reported once, not for the rest of the
      // chain.
      expectedPrev = e.hash();
      expectedSeq = e.seq() + 1;
      checked++;
    }

    private void checkSeal(AuditEntry e) {
      if (LEGACY.equals(e.scheme())) {
        if (keyedSeen) {
          problem(e.seq(), "entry " + e.seq() + " is unkeyed but follows keyed entries");
        } else if (!sha256Matches(e)) {
          if (clipped(e)) {
            // Written before the fix: its hash covered the field before it was clipped.
            unverifiable++;
          } else {
            problem(e.seq(), "entry " + e.seq() + " was changed after it was written");
          }
        }
        return;
      }
      keyedSeen = true;
      if (!e.scheme().startsWith(KEYED)) {
        problem(e.seq(), "entry " + e.seq() + " names an unknown scheme '" + e.scheme() + "'");
        return;
      }
      String keyId = e.scheme().substring(KEYED.length());
      if (!keys.has(keyId)) {
        problem(
            e.seq(),
            "entry "
                + e.seq()
                + " is sealed with key '"
                + keyId
                + "', which is not in kuzet.audit.keys.ring");
        return;
      }
      if (!seal(keys, e).equals(e.hash())) {
        problem(e.seq(), "entry " + e.seq() + " was changed after it was written");
      }
    }

    private static boolean sha256Matches(AuditEntry e) {
      return sha256(text(e)).equals(e.hash());
    }

    private static boolean clipped(AuditEntry e) {
      return e.actor().length() == ACTOR
          || (e.targetId() != null && e.targetId().length() == TARGET_ID)
          || (e.detail() != null && e.detail().length() == DETAIL);
    }

    private void problem(long seq, String reason) {
      problems.add(new AuditVerification.Problem(seq, reason));
    }

    /** Ends the walk: the head row must point at the last entry, and every anchor must be met. */
    AuditVerification finish(long headSeq) {
      long last = expectedSeq - 1;
      if (headSeq > last) {
        problem(
            last + 1,
            "entries after " + last + " were deleted (the chain's head is " + headSeq + ")");
      } else if (headSeq < last) {
        problem(headSeq + 1, "entries after " + headSeq + " were added outside the audit log");
      }
      anchors.values().stream()
          .flatMap(List::stream)
          .sorted(Comparator.comparingLong(Anchor::seq))
          .forEach(
              a ->
                  problem(
                      a.seq(),
                      "entry "
                          + a.seq()
                          + ", anchored outside the database at "
                          + a.at()
                          + ", is missing: entries were deleted"));
      var sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingLong(AuditVerification.Problem::seq));
      return new AuditVerification(checked, sorted, anchorsMatched, unverifiable);
    }

    int anchorCount() {
      return anchorCount;
    }
  }
}
