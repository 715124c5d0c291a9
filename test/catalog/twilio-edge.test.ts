import { RegionInfo } from 'aws-cdk-lib/region-info';
import { TwilioEdge } from '../../src';

describe('TwilioEdge', () => {
  test('inventory: every edge, by hand, with its legacy id and kind', () => {
    // GIVEN the edges Twilio documents (Edge Locations and the Voice SDK page)
    const expected: Array<[TwilioEdge, string, string, boolean]> = [
      [TwilioEdge.ASHBURN, 'ashburn', 'us1', false],
      [TwilioEdge.UMATILLA, 'umatilla', 'us2', false],
      [TwilioEdge.DUBLIN, 'dublin', 'ie1', false],
      [TwilioEdge.FRANKFURT, 'frankfurt', 'de1', false],
      [TwilioEdge.SAO_PAULO, 'sao-paulo', 'br1', false],
      [TwilioEdge.SINGAPORE, 'singapore', 'sg1', false],
      [TwilioEdge.SYDNEY, 'sydney', 'au1', false],
      [TwilioEdge.TOKYO, 'tokyo', 'jp1', false],
      [TwilioEdge.ROAMING, 'roaming', 'gll', false],
      [TwilioEdge.ASHBURN_IX, 'ashburn-ix', 'us1-ix', true],
      [TwilioEdge.SAN_JOSE_IX, 'san-jose-ix', 'us2-ix', true],
      [TwilioEdge.LONDON_IX, 'london-ix', 'ie1-ix', true],
      [TwilioEdge.FRANKFURT_IX, 'frankfurt-ix', 'de1-ix', true],
      [TwilioEdge.SINGAPORE_IX, 'singapore-ix', 'sg1-ix', true],
      [TwilioEdge.TOKYO_IX, 'tokyo-ix', 'jp1-ix', true],
      [TwilioEdge.SYDNEY_IX, 'sydney-ix', 'au1-ix', true],
      [TwilioEdge.SAO_PAULO_IX, 'sao-paulo-ix', 'br1-ix', true],
    ];
    // THEN the static members carry exactly these facts, and all() lists exactly them
    for (const [edge, name, legacy, ix] of expected) {
      expect([edge.name, edge.legacyRegionId, edge.isPrivateInterconnect]).toEqual([name, legacy, ix]);
    }
    expect(TwilioEdge.all().map((e) => e.name)).toEqual(expected.map(([, name]) => name));
  });

  describe('of()', () => {
    test.each([
      ['sao-paulo-ix', TwilioEdge.SAO_PAULO_IX],
      ['Frankfurt', TwilioEdge.FRANKFURT],
      ['DE1', TwilioEdge.FRANKFURT],
      ['gll', TwilioEdge.ROAMING],
      [' us1-ix ', TwilioEdge.ASHBURN_IX],
      ['br1', TwilioEdge.SAO_PAULO],
    ])('resolves %p', (input, edge) => {
      expect(TwilioEdge.of(input)).toBe(edge);
    });

    test('an unknown name fails with the closest valid edge and the full list', () => {
      expect(() => TwilioEdge.of('frankfrut')).toThrow(
        /^Unknown Twilio edge: 'frankfrut'\. Did you mean 'frankfurt'\? Valid edges: ashburn, umatilla, .*sao-paulo-ix\.$/,
      );
    });

    test('a near legacy id suggests the edge name, not the id', () => {
      expect(() => TwilioEdge.of('ie2')).toThrow(/Did you mean 'dublin'\?/);
    });
  });

  describe('nearestTo()', () => {
    test.each([
      ['us-east-1', 'ashburn'],
      ['us-west-2', 'umatilla'],
      ['eu-west-1', 'dublin'],
      ['eu-central-1', 'frankfurt'],
      ['sa-east-1', 'sao-paulo'],
      ['ap-southeast-1', 'singapore'],
      ['ap-southeast-2', 'sydney'],
      ['ap-northeast-1', 'tokyo'],
    ])('the region hosting an edge gives that edge: %s -> %s', (region, edge) => {
      expect(TwilioEdge.nearestTo(region).name).toBe(edge);
    });

    test.each([
      ['eu-west-2', 'dublin'], // London
      ['eu-north-1', 'frankfurt'], // Stockholm
      ['us-east-2', 'ashburn'], // Ohio
      ['us-west-1', 'umatilla'], // N. California
      ['ca-central-1', 'ashburn'], // Montreal
      ['ap-southeast-4', 'sydney'], // Melbourne
      ['ap-northeast-2', 'tokyo'], // Seoul
      ['ap-southeast-3', 'singapore'], // Jakarta
      ['mx-central-1', 'ashburn'],
      ['af-south-1', 'sao-paulo'], // Cape Town: Sao Paulo is nearer than Frankfurt
    ])('other regions get the geographically nearest public edge: %s -> %s', (region, edge) => {
      expect(TwilioEdge.nearestTo(region).name).toBe(edge);
    });

    test('every region aws-cdk-lib knows resolves to a public, non-GLL edge, or, where no source places it, fails asking to pin an edge', () => {
      let placed = 0;
      for (const r of RegionInfo.regions) {
        let edge: TwilioEdge;
        try {
          edge = TwilioEdge.nearestTo(r.name);
        } catch (e) {
          expect((e as Error).message).toMatch(new RegExp(`^awsRegion must be an AWS region, got: '${r.name}'\\. It looks like a region code but is not one this library knows the location of .* Pin an edge instead`));
          continue;
        }
        placed++;
        expect(edge.isPrivateInterconnect).toBe(false);
        expect(edge.name).not.toBe('roaming');
      }
      expect(placed).toBeGreaterThanOrEqual(30);
    });

    test.each(['us-gov-west-1', 'us-iso-east-1', 'me-west-1', 'eusc-de-east-1', 'xx-future-9'])('a region without a sourced location (%s) fails with a clear error that says to pin an edge', (region) => {
      expect(() => TwilioEdge.nearestTo(region)).toThrow(/Pin an edge instead, e\.g\. TwilioEdge\.of\('ashburn'\)/);
    });

    test('a string that is no AWS region fails clearly', () => {
      expect(() => TwilioEdge.nearestTo('hello')).toThrow("awsRegion must be an AWS region, got: 'hello'. Pass an AWS region code such as 'eu-central-1'");
      expect(() => TwilioEdge.nearestTo('mars-east-1')).toThrow(/got: 'mars-east-1'\. It looks like a region code but is not one this library knows/);
    });
  });
});
