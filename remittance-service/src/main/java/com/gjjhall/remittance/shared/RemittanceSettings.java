package com.gjjhall.remittance.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The fund centre's remittance settings ({@code gjj.remittance.*}).
 *
 * @param rounding        rounding of each side of a deposit (FEN or YUAN, half up)
 * @param baseMinFen      the city's minimum contribution base
 * @param baseMaxFen      the city's maximum contribution base
 * @param importMaxSize   largest file a batch import accepts
 * @param importMaxRows   most data rows a batch import accepts
 * @param creditPartLines most employee lines in one published {@code RemittanceCredited} part
 */
@ConfigurationProperties("gjj.remittance")
public record RemittanceSettings(@DefaultValue("FEN") ContributionRounding rounding,
                                 @DefaultValue("221000") long baseMinFen,
                                 @DefaultValue("2900000") long baseMaxFen,
                                 @DefaultValue("20MB") DataSize importMaxSize,
                                 @DefaultValue("200000") int importMaxRows,
                                 @DefaultValue("1000") int creditPartLines) {
}
