package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiskUsageRowsTest {
  @Test
  void eachRow_countsWhatIsInUse_andWhatRemovingTheRestFrees() throws Exception {
    String df = """
        {"LayersSize": 0, "Images": [],
         "Containers": [{"State": "running", "SizeRw": 100}, {"State": "exited", "SizeRw": 50}],
         "Volumes": [{"UsageData": {"RefCount": 1, "Size": 1000}}, {"UsageData": {"RefCount": 0, "Size": 3000}},
                     {"UsageData": {"RefCount": 0, "Size": -1}}],
         "BuildCache": [{"InUse": true, "Size": 10}, {"InUse": false, "Size": 20}, {"InUse": false, "Shared": true, "Size": 40}]}
        """;

    List<List<String>> rows = DiskUsageRows.rows(new ObjectMapper().readTree(df));

    assertThat(rows.get(1)).containsExactly("Containers", "2", "1", "150B", "50B (33%)");
    assertThat(rows.get(2)).as("a volume of unknown size counts, but adds no bytes").containsExactly("Local Volumes", "3", "1", "4kB", "3kB (75%)");
    assertThat(rows.get(3)).as("a shared record adds no bytes").containsExactly("Build Cache", "3", "1", "30B", "20B");
  }
}
