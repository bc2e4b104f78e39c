package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.detect.LearnedLayer;

/**
 * A model file ({@code detect-train}) and the rule floor, as the job carries them to its
 * TaskManagers: the file's lines, parsed once here (a bad file is refused before the job is
 * submitted) and again where the learned layer runs.
 */
public record LearnedModel(String name, List<String> lines, double ruleFloor)
    implements Serializable {
  public LearnedModel {
    Objects.requireNonNull(name, "name");
    lines = List.copyOf(lines);
    if (!(ruleFloor >= 0 && ruleFloor < 1)) {
      throw new IllegalArgumentException("rule floor must be in [0, 1): " + ruleFloor);
    }
    parse(name, lines);
  }

  /** The model in {@code file}, with the engine's default rule floor. */
  public static LearnedModel read(Path file) throws IOException {
    return read(file, LearnedLayer.DEFAULT_RULE_FLOOR);
  }

  public static LearnedModel read(Path file, double ruleFloor) throws IOException {
    return new LearnedModel(
        file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), ruleFloor);
  }

  LaunderingModel model() {
    return parse(name, lines);
  }

  private static LaunderingModel parse(String name, List<String> lines) {
    return LaunderingModel.parse(lines, Path.of(name));
  }
}
