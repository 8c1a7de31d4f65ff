/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
declare module 'sm-crypto' {
  export const sm2: {
    doSignature(msg: string | number[] | Uint8Array, privateKey: string,
      options?: { hash?: boolean; der?: boolean; publicKey?: string; userId?: string }): string
    doVerifySignature(msg: string | number[] | Uint8Array, signature: string, publicKey: string,
      options?: { hash?: boolean; der?: boolean; userId?: string }): boolean
    getPublicKeyFromPrivateKey(privateKey: string): string
  }
}
