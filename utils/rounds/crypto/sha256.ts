// One SHA-256 helper for the whole project: the pack library's (pure WebCrypto).
export { sha256Hex } from '../../library/identity';
