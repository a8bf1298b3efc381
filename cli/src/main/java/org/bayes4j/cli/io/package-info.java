/**
 * File formats: data files in (column-per-variable CSV, Stan-style JSON) and
 * pointwise log-likelihood matrices in (one row per draw, optional chain column),
 * draws out and back in as CmdStan CSV, the lingua franca that ArviZ,
 * CmdStanPy, CmdStanR and {@code posterior} read. Numbers are written so they
 * parse back to the same bits; every reading error names file, line and column.
 */
package org.bayes4j.cli.io;
