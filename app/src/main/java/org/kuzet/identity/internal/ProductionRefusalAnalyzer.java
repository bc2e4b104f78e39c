package org.kuzet.identity.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused production start as a list of what to fix, not as a stack trace. */
class ProductionRefusalAnalyzer extends AbstractFailureAnalyzer<ProductionCheck.ProductionRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable root, ProductionCheck.ProductionRefused cause) {
    return new FailureAnalysis(
        "Kuzet refuses to start in production (profile 'prod'):\n  - "
            + String.join("\n  - ", cause.problems()),
        "Set the environment variables above (see docs/operations.md, \"Running in production on PostgreSQL\"),"
            + " or run the demo installation with ./kuzet serve.",
        cause);
  }
}
