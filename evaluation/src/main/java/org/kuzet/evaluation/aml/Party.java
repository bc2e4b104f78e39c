package org.kuzet.evaluation.aml;

/** What kind of holder an account has, which decides the ordinary traffic it sees. */
enum Party {
  PERSON,
  COMPANY,
  MERCHANT,
  UTILITY
}
