package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.testing.BrowserSupport;
import org.kuzet.testing.OnH2;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records' own texts in a real browser, in Russian and Kazakh: an item of the equipment
 * register with its end-use checks, and a training center with its notes and courses. Screenshots
 * go to {@code target/screenshots}.
 */
@OnH2
class RecordLanguagesBrowserIT extends BrowserSupport {

  @Autowired JdbcClient jdbc;

  @Test
  void theEquipmentRegisterAndATrainingCenterReadInRussianAndKazakh() throws Exception {
    long detector =
        jdbc.sql(
                "SELECT MIN(equipment_id) FROM prog_end_use_check WHERE note = 'Display cracked; sent to Almaty for repair'")
            .query(Long.class)
            .single();
    long center =
        jdbc.sql("SELECT id FROM trn_center WHERE code = 'ANTI-TIP-KARAGANDA'")
            .query(Long.class)
            .single();
    signIn("pm.inl");

    open("/program/equipment/" + detector + "?lang=ru");
    assertThat(find(By.id("location")).getText()).isEqualTo("КПП Кызылорда");
    assertThat(find(By.id("checks")).getText())
        .contains("Треснул дисплей; отправлен в Алматы на ремонт");
    screenshot("equipment-item-ru");
    open("/program/equipment/" + detector + "?lang=kk");
    assertThat(find(By.id("location")).getText()).isEqualTo("Қызылорда бақылау-өткізу пункті");
    screenshot("equipment-item-kk");
    open("/program/equipment?lang=ru");
    assertThat(find(By.id("main")).getText()).contains("Досмотровая группа КПП Мерке");
    screenshot("equipment-register-ru");

    open("/training/centers/" + center + "?lang=ru");
    assertThat(find(By.id("center-notes-text")).getText()).startsWith("Создан INL");
    screenshot("training-center-ru");
    open("/training/centers/" + center + "?lang=kk");
    assertThat(find(By.id("center-notes-text")).getText()).startsWith("INL ІІМ Заң институтының");
    screenshot("training-center-kk");
  }
}
