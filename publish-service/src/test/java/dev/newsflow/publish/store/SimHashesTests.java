package dev.newsflow.publish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SimHashesTests {

    @Test
    void parsesAllSixtyFourBitsIncludingTheSignBit() {
        assertThat(SimHashes.parse("ffffffffffffffff")).isEqualTo(-1L);
        assertThat(SimHashes.parse("8000000000000001")).isEqualTo(Long.MIN_VALUE + 1);
        assertThat(SimHashes.parse("0000000000000010")).isEqualTo(16L);
    }

    @Test
    void rejectsWhatTheContractDoesNotAllow() {
        assertThatIllegalArgumentException().isThrownBy(() -> SimHashes.parse("FFFFFFFFFFFFFFFF"));
        assertThatIllegalArgumentException().isThrownBy(() -> SimHashes.parse("fff"));
        assertThatIllegalArgumentException().isThrownBy(() -> SimHashes.parse(null));
    }

    @Test
    void splitsIntoFourSixteenBitBandsFromTheLowEnd() {
        long hash = SimHashes.parse("123456789abcdef0");
        assertThat(SimHashes.band(hash, 0)).isEqualTo(0xdef0);
        assertThat(SimHashes.band(hash, 1)).isEqualTo(0x9abc);
        assertThat(SimHashes.band(hash, 2)).isEqualTo(0x5678);
        assertThat(SimHashes.band(hash, 3)).isEqualTo(0x1234);
    }

    @Test
    void hashesWithinDistanceThreeShareABand() {
        long hash = SimHashes.parse("123456789abcdef0");
        long threeBitsOff = hash ^ (1L << 3) ^ (1L << 20) ^ (1L << 40);
        assertThat(SimHashes.distance(hash, threeBitsOff)).isEqualTo(3);
        assertThat(SimHashes.band(hash, 3)).isEqualTo(SimHashes.band(threeBitsOff, 3));
    }
}
