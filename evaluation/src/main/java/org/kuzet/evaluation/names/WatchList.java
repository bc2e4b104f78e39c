package org.kuzet.evaluation.names;

/** The list files a listed person is read from; the name is the {@code expected_list} value. */
enum WatchList {
  UN,
  OFAC_SDN_2021,
  OFAC_SDN_2024
}
