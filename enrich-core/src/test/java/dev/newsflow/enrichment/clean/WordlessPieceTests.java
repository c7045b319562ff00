package dev.newsflow.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A piece without a single word (a bullet, a rule of dashes, a lone bracket) is ordinary in real
 * text: scraped bylines put "•" on a line of its own, wire items open with "--". Every check that
 * indexes a piece's words must take it.
 */
class WordlessPieceTests {

    @Test
    void wordIndexOfAWordlessPieceIsEmpty() {
        Piece bullet = new Piece("•", 0, 0, true);

        assertThat(bullet.words).isZero();
        assertThat(bullet.wordHashes()).isEmpty();
        assertThat(bullet.wordStarts()).isEmpty();
    }

    @Test
    void aWordlessPieceIsSimilarToNothing() {
        Piece title = new Piece("Stocks rally as investors weigh the Fed", -1, -1, true);

        assertThat(Repeats.similarPieces(new Piece("•", 0, 0, true), title)).isFalse();
        assertThat(Repeats.similarPieces(title, new Piece("-- ** --", 0, 0, true))).isFalse();
        assertThat(Repeats.similarPieces(new Piece("•", 0, 0, true), new Piece("|", 0, 1, true))).isFalse();
    }
}
