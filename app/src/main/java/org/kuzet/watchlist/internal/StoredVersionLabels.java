package org.kuzet.watchlist.internal;

import java.util.Optional;
import org.kuzet.watchlist.ListVersionLabels;
import org.springframework.stereotype.Component;

/** List version labels read from the stored versions. */
@Component
class StoredVersionLabels implements ListVersionLabels {

  private final ListVersions versions;

  StoredVersionLabels(ListVersions versions) {
    this.versions = versions;
  }

  @Override
  public Optional<Label> find(String listName, String sha256) {
    return versions
        .findList(listName)
        .flatMap(l -> versions.findBySha(l.id(), sha256))
        .map(v -> new Label(v.listName(), v.seqNo(), v.uploadedAt(), v.sha256()));
  }
}
