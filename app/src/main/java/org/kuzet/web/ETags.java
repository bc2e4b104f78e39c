package org.kuzet.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity tags for API records that can be changed, so that two offices cannot overwrite each
 * other: a GET answers the record with its {@code ETag}; a change must send it back as {@code
 * If-Match} (428 without it) and is refused with 412 when the record has changed since. The tag
 * is a digest of the record as the API shows it, so any change to what the caller saw changes it.
 */
@Component
public class ETags {

  public static final String IF_MATCH = "If-Match";

  private final JsonMapper json;

  ETags(JsonMapper json) {
    this.json = json;
  }

  /** The strong entity tag of a record as the API shows it. */
  public String of(Object representation) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(representation));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** 200 with the record and its tag. */
  public <T> ResponseEntity<T> ok(T representation) {
    return ResponseEntity.ok().eTag(of(representation)).body(representation);
  }

  /**
   * Refuses a change unless {@code ifMatch} names the record as it is now: 428 when the caller
   * sent no {@code If-Match}, 412 when the record has changed since the caller read it.
   */
  public void requireMatch(@Nullable String ifMatch, Object current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_REQUIRED, "send If-Match with the ETag of the record as you read it");
    }
    String now = of(current);
    boolean matches = false;
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      matches |= t.equals("*") || t.equals(now);
    }
    if (!matches) {
      throw new ResponseStatusException(
          HttpStatus.PRECONDITION_FAILED, "the record has changed since you read it; read it again");
    }
  }
}
