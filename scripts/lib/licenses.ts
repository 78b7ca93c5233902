/** The licences of the package, as datapackage.json lists them; CITATION.cff names the data's by `name`. */
export const licenses = [
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International (the compilation and annotations)',
  },
  { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License (the code)' },
];
