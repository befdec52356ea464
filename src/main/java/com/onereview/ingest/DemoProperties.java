package com.onereview.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sample documents for a first look (embedded profile).
 * @param loadSamples upload the sample scans at start, as the demo teller
 * @param samplesDir folder searched for sample scans (one case per sub-folder)
 */
@ConfigurationProperties("onereview.demo")
record DemoProperties(boolean loadSamples, String samplesDir) {
}
