package org.kuzet.program.internal.demo;

import java.util.Map;

/**
 * The Russian and Kazakh names of the demo program's projects (by code) and equipment items (by
 * the item as registered in English). The fact sheet gives these in English only; the figures
 * beside them are untouched.
 */
final class DemoNames {

  record Names(String ru, String kk) {}

  private DemoNames() {}

  static final Map<String, Names> PROJECTS =
      Map.of(
          "KZ-CN-CHECKPOINTS",
          new Names(
              "Семь контрольно-пропускных пунктов на основных автомагистралях Казахстана",
              "Қазақстанның негізгі автомагистральдарындағы жеті бақылау-өткізу бекеті"),
          "KZ-CN-ENGAGEMENT",
          new Names(
              "Двустороннее взаимодействие с Правительством Казахстана по борьбе с наркотиками",
              "Есірткіге қарсы күрес бойынша Қазақстан Үкіметімен екіжақты өзара іс-қимыл"),
          "KZ-BS-GUARDS",
          new Names(
              "Двусторонняя программа безопасности границ с Пограничной службой",
              "Шекара қызметімен шекара қауіпсіздігі жөніндегі екіжақты бағдарлама"),
          "KZ-BS-IOM",
          new Names(
              "Безопасность на южных границах с Кыргызстаном, Узбекистаном и Туркменистаном",
              "Қырғызстан, Өзбекстан және Түрікменстанмен оңтүстік шекаралардағы қауіпсіздік"),
          "KZ-AML-ACADEMY",
          new Names(
              "Обучение расследованию отмывания денег в Академии финансовой полиции",
              "Қаржы полициясы академиясында ақшаны жылыстатуды тергеуге оқыту"),
          "KZ-TIP-CENTER",
          new Names(
              "Центр по борьбе с торговлей людьми при Карагандинском юридическом институте МВД",
              "ІІМ Қарағанды заң институты жанындағы Адам саудасына қарсы күрес орталығы"));

  static final Map<String, Names> EQUIPMENT =
      Map.of(
          "Contraband detector",
          new Names("Детектор контрабанды", "Контрабанда детекторы"),
          "Fiberscope",
          new Names("Фиброскоп", "Фиброскоп"),
          "Drug identification test kits (case of 100)",
          new Names(
              "Экспресс-тесты для определения наркотиков (упаковка по 100 шт.)",
              "Есірткіні анықтауға арналған экспресс-тестілер (100 данадан қорап)"),
          "Night vision binoculars",
          new Names("Бинокль ночного видения", "Түнгі көру дүрбісі"),
          "Handheld radio set (10 units)",
          new Names("Комплект портативных радиостанций (10 шт.)", "Портативті радиостанциялар жинағы (10 дана)"),
          "Classroom computer set (12 workstations)",
          new Names(
              "Компьютерный класс (12 рабочих мест)", "Компьютер сыныбы (12 жұмыс орны)"),
          "Computer training room (16 workstations)",
          new Names(
              "Компьютерный учебный класс (16 рабочих мест)", "Компьютерлік оқу сыныбы (16 жұмыс орны)"),
          "Multimedia projector",
          new Names("Мультимедийный проектор", "Мультимедиялық проектор"),
          "Dormitory furniture, two floors (beds, desks, wardrobes)",
          new Names(
              "Мебель для двух этажей общежития (кровати, столы, шкафы)",
              "Жатақхананың екі қабатына арналған жиһаз (төсектер, үстелдер, шкафтар)"));
}
