package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that vendors and tools publish (the Azure Storage emulator's account key, Hardhat's
 * development accounts, Mailgun's reference key) are never reported; a value of the same shape
 * that nobody published still is.
 */
class DocumentedExampleValuesTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" ~ false ~ Azurite's published key
      "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=q7Rz0LmX4vB9nK2pT6wY1cF8hJ3sD5gA0eU7iO4rQ2mN9xV6bZ1kL8pC3tW5yH0jG7fS2dE4aR6uI9oP1lK3zX==;EndpointSuffix=core.windows.net" ~ true ~ an account key of the same shape
      "PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" ~ false ~ Hardhat account #0
      "DEPLOYER_KEY=0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba" ~ false ~ Hardhat account #5
      "PRIVATE_KEY=0x3f1c9e7a52b8d04e6a19c7f3b2e8d5a04c6e9b1f7a3d2c8e5b0f4a6d9c1e7b3a" ~ true ~ a key nobody published
      "MAILGUN_API_KEY=key-3ax6xnjp29jd6fds4gc373sgvjxteol0" ~ false ~ Mailgun's reference key
      "MAILGUN_API_KEY=key-9qx2mwt7vk4hpz8rj3nd6yc1gf5bs0la" ~ true ~ a Mailgun key nobody published
      """)
  void publishedValuesAreNotLeaks(String text, boolean leak, String why) {
    assertThat(scanner.scan(text).clean()).as(why).isEqualTo(!leak);
  }
}
