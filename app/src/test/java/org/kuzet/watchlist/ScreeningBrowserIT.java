package org.kuzet.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An officer screens a name on the screening page (htmx swaps in the explained hits), then screens
 * a file and watches the progress bar run to the end.
 */
@OnH2
class ScreeningBrowserIT extends BrowserSupport {

  @Test
  void screenANameThenAFile() throws Exception {
    signIn("guard.bg");
    open("/screening");

    find(By.id("name")).sendKeys("Serikbayev Nurlan");
    find(By.id("nationality")).sendKeys("KZ");
    find(By.id("screen")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results article.hit")));
    assertThat(find(By.cssSelector("#results h2")).getText()).startsWith("Hits:");
    assertThat(find(By.cssSelector("#results article.hit h3")).getText())
        .contains("Серікбаев Нұрлан Әбішұлы");
    assertThat(find(By.cssSelector("#results table.explanation")).getText())
        .contains("How they match");
    assertThat(find(By.cssSelector("#results article.hit ul")).getText())
        .contains("Kazakhstan is among the listed nationalities: Kazakhstan");
    screenshot("screening-hit");

    // A blank name: the form comes back with the field marked, still on the same page.
    find(By.id("name")).clear();
    find(By.id("screen")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#name.invalid")));
    assertThat(find(By.cssSelector(".field-error")).getText())
        .startsWith("Enter the name to screen");

    Path csv = Files.createTempFile("names", ".csv");
    Files.writeString(csv, "id,name\nq1,Жақсылықов Ерлан Болатұлы\nq2,Someone Notlisted\nq3,\n");
    open("/screening/batches");
    find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    find(By.cssSelector("#batch-upload button[type=submit]")).click();
    waitFor(ExpectedConditions.textToBe(By.id("batch-status"), "done"));
    assertThat(find(By.id("batch-counts")).getText())
        .isEqualTo("Rows with hits: 1. Rows refused: 1.");
    assertThat(find(By.id("download")).getAttribute("href")).endsWith("/result.csv");
    assertThat(find(By.cssSelector("#row-errors tbody")).getText())
        .contains("4", "The name field is empty");
    screenshot("screening-batch-done");
    Files.delete(csv);

    // In Russian and Kazakh the hit names its list version by number and date, the hash only in
    // the title.
    for (String[] lang :
        new String[][] {{"ru", "из KZ-NATIONAL (версия "}, {"kk", "KZ-NATIONAL ("}}) {
      open("/screening?lang=" + lang[0]);
      find(By.id("name")).sendKeys("Serikbayev Nurlan");
      find(By.id("screen")).click();
      waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit-source")));
      var source = find(By.cssSelector("#results .hit-source"));
      assertThat(source.getText()).contains(lang[1]).doesNotContainPattern("[0-9a-f]{12}");
      assertThat(source.getAttribute("title")).matches("[0-9a-f]{64}");
      screenshot("screening-hit-" + lang[0]);
    }
  }
}
