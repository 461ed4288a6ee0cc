#!/usr/bin/env bash
# Installs what optbench needs on a fresh Debian 12 machine (run as root) and builds Kokkos
# with the Serial and OpenMP backends from the sources inside Debian's trilinos source package.
# Idempotent: a second call installs nothing and rebuilds nothing.
#
#   ci/bootstrap.sh            packages, then Kokkos into the cache prefix
#   ci/bootstrap.sh --backend cuda
#                              Kokkos with CUDA (and Serial) for sm_80 and sm_90, from the same
#                              sources patched for CUDA 13 (ci/patches/), with the toolkit in
#                              CUDA_ROOT (default /usr/local/cuda); compiling needs no GPU
#   ci/bootstrap.sh --backend hip [--arch gfx90a]
#                              also Debian's HIP packages (hipcc 5.2), then Kokkos with HIP (and
#                              Serial) for one AMD architecture: gfx90a (MI200, the default, which
#                              ci/patches/kokkos-3.4.1-hip.patch adds), gfx908, gfx906 or gfx900;
#                              compiling needs no GPU
#   Kokkos_ROOT=/opt/kokkos ci/bootstrap.sh   packages only; that Kokkos is used as it is
#
# Prints the Kokkos prefix to use as its last line of stdout; logs go to stderr.
set -euo pipefail

script_dir=$(cd "$(dirname "$0")" && pwd)
cache_dir=${OPTBENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/optbench}
backend=openmp
arch=
usage="usage: ci/bootstrap.sh [--backend openmp|cuda|hip] [--arch GFX (hip only)]"
while [ $# -gt 0 ]; do
  case $1 in
    --backend) backend=${2:-}; shift 2 ;;
    --arch) arch=${2:-}; shift 2 ;;
    *) echo "bootstrap: unknown argument '$1'; $usage" >&2; exit 2 ;;
  esac
done
packages=(
  build-essential cmake pkg-config patch clang libomp-14-dev
  libhdf5-dev hdf5-tools libyaml-cpp-dev libcli11-dev libfmt-dev
  libssl-dev libbenchmark-dev libgtest-dev libgmock-dev
  python3-h5py python3-numpy python3-matplotlib python3-pytest python3-torch
  nlohmann-json3-dev
)
if [ -n "$arch" ] && [ "$backend" != hip ]; then
  echo "bootstrap: --arch applies to --backend hip only; $usage" >&2
  exit 2
fi
case $backend in
  openmp) kokkos_tag=kokkos-3.4.1-trilinos-13.2.0-serial-openmp ;;
  cuda) kokkos_tag=kokkos-3.4.1-trilinos-13.2.0-cuda13-sm80-sm90 ;;
  hip)
    arch=${arch:-gfx90a}
    case $arch in
      gfx900) kokkos_arch=VEGA900 ;;
      gfx906) kokkos_arch=VEGA906 ;;
      gfx908) kokkos_arch=VEGA908 ;;
      gfx90a) kokkos_arch=VEGA90A ;;
      *) echo "bootstrap: --arch '$arch' is not one of gfx90a, gfx908, gfx906, gfx900" >&2
         exit 2 ;;
    esac
    kokkos_tag=kokkos-3.4.1-trilinos-13.2.0-hip5.2-$arch
    packages+=(hipcc libamdhip64-dev)
    ;;
  *) echo "bootstrap: --backend '$backend' is not one of openmp, cuda, hip" >&2; exit 2 ;;
esac

log() { echo "bootstrap: $*" >&2; }

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  log "installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    log "these Debian packages are missing and installing them needs root: ${missing[*]}"
    exit 1
  fi
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >&2
}

# Fetches Debian's trilinos source package with a private source list and lists folder, so
# the machine's own apt configuration and package lists stay as they were.
fetch_kokkos_sources() {
  local work=$1
  local apt_dir=$work/apt
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/sources.list.d"
  cat >"$apt_dir/sources.list.d/debian-src.sources" <<SOURCES
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  local opts=(-o "Dir::Etc::SourceList=/dev/null"
    -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
    -o "Dir::State::Lists=$apt_dir/lists")
  log "fetching Debian's trilinos source package for its Kokkos sources"
  apt-get "${opts[@]}" update -q >&2
  (cd "$work" && apt-get "${opts[@]}" source --download-only trilinos >&2)
  local tarball
  tarball=$(ls "$work"/trilinos_*.orig.tar.gz)
  tar -C "$work" -xzf "$tarball" --wildcards '*/packages/kokkos/*'
}

build_kokkos() {
  local prefix=$1
  local work=$cache_dir/src
  rm -rf "$work"
  mkdir -p "$work"
  fetch_kokkos_sources "$work"
  local source_dir
  source_dir=$(ls -d "$work"/Trilinos-*/packages/kokkos)
  local options=(-DKokkos_ENABLE_SERIAL=ON -DKokkos_ENABLE_OPENMP=ON)
  if [ "$backend" = cuda ]; then
    local cuda_root=${CUDA_ROOT:-/usr/local/cuda}
    if [ ! -x "$cuda_root/bin/nvcc" ]; then
      log "--backend cuda needs the CUDA toolkit; no nvcc in $cuda_root/bin (set CUDA_ROOT)"
      exit 1
    fi
    export CUDA_ROOT=$cuda_root PATH=$cuda_root/bin:$PATH
    patch -d "$source_dir" -p1 --forward --quiet <"$script_dir/patches/kokkos-3.4.1-cuda13.patch"
    # Kokkos 3.4 names Ampere but not Hopper: sm_90 code comes from an explicit -gencode.
    options=(-DKokkos_ENABLE_SERIAL=ON -DKokkos_ENABLE_CUDA=ON -DKokkos_ENABLE_CUDA_LAMBDA=ON
      -DKokkos_ARCH_AMPERE80=ON -DCMAKE_CXX_COMPILER="$source_dir/bin/nvcc_wrapper"
      "-DCMAKE_CXX_FLAGS=-gencode=arch=compute_90,code=sm_90")
  fi
  if [ "$backend" = hip ]; then
    patch -d "$source_dir" -p1 --forward --quiet <"$script_dir/patches/kokkos-3.4.1-hip.patch"
    # hipcc asks the machine's GPU for a target whenever its command line names none (CMake's
    # compiler checks, links); naming one keeps that quiet on a machine without a GPU.
    export HCC_AMDGPU_TARGET=$arch
    options=(-DKokkos_ENABLE_SERIAL=ON -DKokkos_ENABLE_HIP=ON "-DKokkos_ARCH_$kokkos_arch=ON"
      -DCMAKE_CXX_COMPILER=hipcc)
  fi
  log "building Kokkos ($backend) into $prefix"
  cmake -S "$source_dir" -B "$work/build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_CXX_STANDARD=17 "${options[@]}" >&2
  cmake --build "$work/build" --parallel "$(nproc)" >&2
  cmake --install "$work/build" >&2
  rm -rf "$work"
}

install_packages
if [ -n "${Kokkos_ROOT:-}" ]; then
  log "using the Kokkos at Kokkos_ROOT=$Kokkos_ROOT"
  echo "$Kokkos_ROOT"
  exit 0
fi
prefix=$cache_dir/$kokkos_tag
if [ ! -f "$prefix/.complete" ]; then
  rm -rf "$prefix"
  build_kokkos "$prefix"
  touch "$prefix/.complete"
fi
echo "$prefix"
