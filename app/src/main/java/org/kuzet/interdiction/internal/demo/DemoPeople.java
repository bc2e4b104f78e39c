package org.kuzet.interdiction.internal.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic travellers of the region: Kazakh, Russian, Uzbek, Kyrgyz and Tajik names, each held in
 * Latin and Cyrillic, written as a passport (Latin, surname first) or a national identity card
 * (Cyrillic) would show them, with a birth date and a document number in the country's style.
 */
public final class DemoPeople {

  /** A name part in both scripts. */
  private record Part(String latin, String cyrillic) {}

  private record Nation(
      String iso3,
      String[][] male,
      String[][] female,
      String[][] surnames,
      String docPrefix,
      int docDigits) {}

  private static final Nation[] NATIONS = {
    new Nation(
        "KAZ",
        pairs(
            "Nurlan Нурлан",
            "Serik Серик",
            "Yerlan Ерлан",
            "Daniyar Данияр",
            "Askar Аскар",
            "Marat Марат",
            "Bauyrzhan Бауыржан",
            "Talgat Талгат",
            "Azamat Азамат",
            "Kairat Кайрат",
            "Yerzhan Ержан",
            "Arman Арман"),
        pairs(
            "Aigerim Айгерим",
            "Gulnara Гульнара",
            "Saule Сауле",
            "Dana Дана",
            "Asel Асель",
            "Aliya Алия",
            "Zhanar Жанар",
            "Madina Мадина"),
        pairs(
            "Serikbayev Серикбаев",
            "Nurlanov Нурланов",
            "Tulegenov Тулегенов",
            "Iskakov Искаков",
            "Bekov Беков",
            "Omarov Омаров",
            "Akhmetov Ахметов",
            "Kassymov Касымов",
            "Zhakupov Жакупов",
            "Abenov Абенов",
            "Sadykov Садыков",
            "Seitkaliyev Сейткалиев",
            "Utepov Утепов",
            "Dzhumabayev Джумабаев"),
        "N",
        8),
    new Nation(
        "RUS",
        pairs(
            "Ivan Иван",
            "Sergey Сергей",
            "Aleksandr Александр",
            "Dmitriy Дмитрий",
            "Andrey Андрей",
            "Nikolay Николай",
            "Vladimir Владимир",
            "Yuriy Юрий"),
        pairs("Olga Ольга", "Tatyana Татьяна", "Yelena Елена", "Natalya Наталья", "Irina Ирина"),
        pairs(
            "Ivanov Иванов",
            "Petrov Петров",
            "Smirnov Смирнов",
            "Kuznetsov Кузнецов",
            "Popov Попов",
            "Sokolov Соколов",
            "Volkov Волков",
            "Fedorov Федоров",
            "Morozov Морозов"),
        "7",
        8),
    new Nation(
        "UZB",
        pairs(
            "Rustam Рустам",
            "Jasur Жасур",
            "Bekzod Бекзод",
            "Sherzod Шерзод",
            "Ulugbek Улугбек",
            "Otabek Отабек"),
        pairs("Dilnoza Дильноза", "Nodira Нодира", "Gulnoza Гульноза"),
        pairs(
            "Karimov Каримов",
            "Rakhimov Рахимов",
            "Yusupov Юсупов",
            "Abdullayev Абдуллаев",
            "Usmonov Усмонов",
            "Tursunov Турсунов",
            "Mirzayev Мирзаев"),
        "AA",
        7),
    new Nation(
        "KGZ",
        pairs(
            "Almaz Алмаз",
            "Bakyt Бакыт",
            "Nurbek Нурбек",
            "Kubanychbek Кубанычбек",
            "Talant Талант",
            "Emil Эмиль"),
        pairs("Aizhan Айжан", "Cholpon Чолпон", "Nazgul Назгуль"),
        pairs(
            "Asanov Асанов",
            "Toktogulov Токтогулов",
            "Sadyrov Садыров",
            "Mamatov Маматов",
            "Osmonov Осмонов",
            "Zhumaliyev Жумалиев"),
        "AN",
        7),
    new Nation(
        "TJK",
        pairs("Farrukh Фаррух", "Davron Даврон", "Firdavs Фирдавс", "Bakhtiyor Бахтиёр"),
        pairs("Zarina Зарина", "Mehrona Мехрона"),
        pairs("Rahmonov Рахмонов", "Nazarov Назаров", "Sharipov Шарипов", "Saidov Саидов"),
        "A",
        8),
  };

  /** A synthetic person: the name as the document writes it, and the document. */
  public record Traveller(
      String name,
      String documentType,
      String documentNumber,
      String documentCountry,
      LocalDate birthDate,
      String nationality,
      String sex) {}

  private DemoPeople() {}

  /**
   * A traveller of a nationality drawn by the country the vehicle is registered in: most people in
   * a Kazakh car are Kazakh, in an Uzbek car Uzbek, and so on.
   */
  public static Traveller next(SplittableRandom r, String plateCountry, LocalDate today) {
    Nation n = nation(r, plateCountry);
    boolean male = r.nextInt(100) < 82; // drivers and passengers on the corridors are mostly men
    Part given = pick(r, male ? n.male() : n.female());
    Part family = pick(r, n.surnames());
    String surnameLatin = male ? family.latin() : family.latin() + "a";
    String surnameCyrillic = male ? family.cyrillic() : family.cyrillic() + "а";
    // Passports show the Latin name (surname first, as in the zone); identity cards the Cyrillic.
    boolean passport = !n.iso3().equals("KAZ") || r.nextInt(100) < 45;
    String name =
        passport
            ? (surnameLatin + " " + given.latin()).toUpperCase(Locale.ROOT)
            : surnameCyrillic + " " + given.cyrillic();
    String number = passport ? n.docPrefix() + digits(r, n.docDigits()) : digits(r, 9);
    LocalDate born = today.minusYears(19 + r.nextInt(48)).minusDays(r.nextInt(365));
    return new Traveller(
        name,
        passport ? "PASSPORT" : "ID_CARD",
        number,
        n.iso3(),
        born,
        n.iso3(),
        male ? "M" : "F");
  }

  private static Nation nation(SplittableRandom r, String plateCountry) {
    int home =
        switch (plateCountry) {
          case "RU" -> 1;
          case "UZ" -> 2;
          case "KG" -> 3;
          case "TJ" -> 4;
          default -> 0;
        };
    return r.nextInt(100) < 85 ? NATIONS[home] : NATIONS[r.nextInt(NATIONS.length)];
  }

  private static Part pick(SplittableRandom r, String[][] parts) {
    String[] p = parts[r.nextInt(parts.length)];
    return new Part(p[0], p[1]);
  }

  private static String[][] pairs(String... latinSpaceCyrillic) {
    String[][] out = new String[latinSpaceCyrillic.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = latinSpaceCyrillic[i].split(" ");
    }
    return out;
  }

  static String digits(SplittableRandom r, int n) {
    var sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }
}
