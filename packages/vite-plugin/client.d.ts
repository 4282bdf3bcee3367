// Types for brief imports, for projects that use @briefkit/vite-plugin. Add to tsconfig.json:
//   "compilerOptions": { "types": ["@briefkit/vite-plugin/client"] }
// or reference it once: /// <reference types="@briefkit/vite-plugin/client" />

declare module '*.brief.md' {
  const brief: import('@briefkit/schema').Brief;
  export default brief;
}

declare module '*.brief.yaml' {
  const brief: import('@briefkit/schema').Brief;
  export default brief;
}

declare module '*.brief.yml' {
  const brief: import('@briefkit/schema').Brief;
  export default brief;
}

declare module '*.brief.json' {
  const brief: import('@briefkit/schema').Brief;
  export default brief;
}
