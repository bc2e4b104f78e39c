package org.kuzet.identity;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * Creating API calls with an {@code Idempotency-Key}, as the API's conventions state them. The web
 * module implements it ({@code org.kuzet.web.IdempotentCreation}); it is declared here so that the
 * identity module's own creating calls (accounts) keep the same rule without the identity module
 * depending on the web module, which depends on it.
 */
public interface IdempotentCalls {

  /** The request header that carries the key. */
  String HEADER = "Idempotency-Key";

  /**
   * Carries out {@code work} once per key, user and endpoint; a retry with the same key and request
   * gets the first answer again, the same key with another request answers 422.
   */
  <T> ResponseEntity<T> create(
      @Nullable String key,
      String endpoint,
      Object request,
      Class<T> answerType,
      Supplier<ResponseEntity<T>> work);
}
