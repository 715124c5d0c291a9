// Where AWS regions are, for TwilioEdge.nearestTo(). Region codes and the cities that AWS names for
// them come from AWS's region list (AWS_SOURCES.REGIONS); coordinates are the public coordinates of those
// cities, rounded. They rank edges by distance only. Only regions whose city AWS publishes are listed: for any
// other region (isolated partitions, GovCloud, regions newer than this table) nearestTo() fails and asks the
// caller to pin an edge, rather than guess.

export interface AwsRegionLocation {
  readonly city: string;
  readonly lat: number;
  readonly lon: number;
}

export const AWS_REGION_LOCATIONS: Readonly<Record<string, AwsRegionLocation>> = {
  'us-east-1': { city: 'N. Virginia', lat: 38.9, lon: -77.4 },
  'us-east-2': { city: 'Ohio', lat: 40.0, lon: -83.0 },
  'us-west-1': { city: 'N. California', lat: 37.4, lon: -121.9 },
  'us-west-2': { city: 'Oregon', lat: 45.8, lon: -119.7 },
  'ca-central-1': { city: 'Montreal', lat: 45.5, lon: -73.6 },
  'ca-west-1': { city: 'Calgary', lat: 51.0, lon: -114.1 },
  'mx-central-1': { city: 'Mexico (Queretaro)', lat: 20.6, lon: -100.4 },
  'sa-east-1': { city: 'Sao Paulo', lat: -23.5, lon: -46.6 },
  'eu-west-1': { city: 'Ireland', lat: 53.3, lon: -6.3 },
  'eu-west-2': { city: 'London', lat: 51.5, lon: -0.1 },
  'eu-west-3': { city: 'Paris', lat: 48.9, lon: 2.4 },
  'eu-central-1': { city: 'Frankfurt', lat: 50.1, lon: 8.7 },
  'eu-central-2': { city: 'Zurich', lat: 47.4, lon: 8.5 },
  'eu-north-1': { city: 'Stockholm', lat: 59.3, lon: 18.1 },
  'eu-south-1': { city: 'Milan', lat: 45.5, lon: 9.2 },
  'eu-south-2': { city: 'Spain (Aragon)', lat: 41.6, lon: -0.9 },
  'il-central-1': { city: 'Tel Aviv', lat: 32.1, lon: 34.8 },
  'me-south-1': { city: 'Bahrain', lat: 26.1, lon: 50.6 },
  'me-central-1': { city: 'UAE', lat: 24.5, lon: 54.4 },
  'af-south-1': { city: 'Cape Town', lat: -33.9, lon: 18.4 },
  'ap-south-1': { city: 'Mumbai', lat: 19.1, lon: 72.9 },
  'ap-south-2': { city: 'Hyderabad', lat: 17.4, lon: 78.5 },
  'ap-east-1': { city: 'Hong Kong', lat: 22.3, lon: 114.2 },
  'ap-east-2': { city: 'Taipei', lat: 25.0, lon: 121.6 },
  'ap-northeast-1': { city: 'Tokyo', lat: 35.7, lon: 139.7 },
  'ap-northeast-2': { city: 'Seoul', lat: 37.6, lon: 127.0 },
  'ap-northeast-3': { city: 'Osaka', lat: 34.7, lon: 135.5 },
  'ap-southeast-1': { city: 'Singapore', lat: 1.3, lon: 103.8 },
  'ap-southeast-2': { city: 'Sydney', lat: -33.9, lon: 151.2 },
  'ap-southeast-3': { city: 'Jakarta', lat: -6.2, lon: 106.8 },
  'ap-southeast-4': { city: 'Melbourne', lat: -37.8, lon: 145.0 },
  'ap-southeast-5': { city: 'Malaysia', lat: 3.1, lon: 101.7 },
  'ap-southeast-6': { city: 'New Zealand', lat: -36.8, lon: 174.8 },
  'ap-southeast-7': { city: 'Thailand', lat: 13.8, lon: 100.5 },
  'cn-north-1': { city: 'Beijing', lat: 39.9, lon: 116.4 },
  'cn-northwest-1': { city: 'Ningxia', lat: 38.5, lon: 106.3 },
};

/** Great-circle distance in km. */
export function distanceKm(a: AwsRegionLocation, b: AwsRegionLocation): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
