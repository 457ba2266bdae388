/** OpenCC's dictionaries as opencc-js ships them: `from to|from to|…`. */
declare module 'opencc-js/dict/TWPhrasesRev' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
