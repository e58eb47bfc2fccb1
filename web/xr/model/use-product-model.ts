import { useLoader } from '@react-three/fiber'
import { useMemo } from 'react'
import type { Object3D } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder)
}

/**
 * The product's GLB as a scene root of its own (suspends while loading; errors go to the nearest
 * error boundary). The loaded file is cached per URL; each caller gets a clone so annotations can
 * move and tint parts without touching another view of the same model.
 */
export function useProductModel(url: string): Object3D {
  const gltf = useLoader(GLTFLoader, url, withMeshopt) as GLTF
  return useMemo(() => gltf.scene.clone(true), [gltf])
}
